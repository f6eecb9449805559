/** One `additionalPrinterColumns` entry of a CRD version. */
export interface PrinterColumn {
  readonly name: string;
  readonly type: 'string' | 'date' | 'integer' | 'number' | 'boolean';
  readonly jsonPath: string;
  readonly description?: string;
  readonly priority?: number;
}

const age: PrinterColumn = { name: 'Age', type: 'date', jsonPath: '.metadata.creationTimestamp' };
const ready: PrinterColumn = { name: 'Ready', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].status' };
const status: PrinterColumn = { name: 'Status', type: 'string', jsonPath: '.status.conditions[?(@.type=="Ready")].message' };
const col = (name: string, jsonPath: string, extra: Partial<PrinterColumn> = {}): PrinterColumn => ({ name, type: 'string', jsonPath, ...extra });

/** Printer columns exactly as Flux's CRDs declare them, per kind (and per version where they differ). */
export const printerColumns = {
  urlSource: [col('URL', '.spec.url'), age, ready, status],
  bucket: [col('Endpoint', '.spec.endpoint'), age, ready, status],
  ociRepository: [col('URL', '.spec.url'), ready, status, age],
  helmChart: [col('Chart', '.spec.chart'), col('Version', '.spec.version'), col('Source Kind', '.spec.sourceRef.kind'), col('Source Name', '.spec.sourceRef.name'), age, ready, status],
  readyStatus: [age, ready, status],
  ageOnly: [age],
  imageRepository: [col('Image', '.spec.image'), col('Tags', '.status.lastScanResult.tagCount'), ready, status, col('Last scan', '.status.lastScanResult.scanTime', { priority: 1 }), age],
  imageRepositoryV1beta: [col('Last scan', '.status.lastScanResult.scanTime'), col('Tags', '.status.lastScanResult.tagCount'), ready, status, age],
  imagePolicyV1: [col('Image', '.status.latestRef.name'), col('Tag', '.status.latestRef.tag'), ready, status, age],
  imagePolicyV1beta: [col('LatestImage', '.status.latestImage'), ready, status, age],
  imageUpdateAutomation: [ready, status, col('Last run', '.status.lastAutomationRunTime', { priority: 1 }), age],
  imageUpdateAutomationV1beta: [ready, status, col('Last run', '.status.lastAutomationRunTime'), age],
} as const satisfies Record<string, readonly PrinterColumn[]>;
