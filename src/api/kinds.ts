import type { TSchema } from '@sinclair/typebox';
import { HelmReleaseSchema } from './helm/v2/helm-release.js';
import { ImagePolicySchema } from './image/v1/image-policy.js';
import { ImageRepositorySchema } from './image/v1/image-repository.js';
import { ImageUpdateAutomationSchema } from './image/v1/image-update-automation.js';
import { KustomizationSchema } from './kustomize/v1/kustomization.js';
import { HelmReleaseV2beta1Schema, HelmReleaseV2beta2Schema } from './legacy/helm-v2beta.js';
import {
  ImagePolicyV1beta1Schema,
  ImagePolicyV1beta2Schema,
  ImageRepositoryV1beta1Schema,
  ImageRepositoryV1beta2Schema,
  ImageUpdateAutomationV1beta1Schema,
  ImageUpdateAutomationV1beta2Schema,
} from './legacy/image-v1beta.js';
import { KustomizationV1beta2Schema } from './legacy/kustomize-v1beta2.js';
import { AlertV1beta2Schema, ProviderV1beta2Schema, ReceiverV1beta2Schema } from './legacy/notification-v1beta2.js';
import { BucketV1beta2Schema, GitRepositoryV1beta2Schema, HelmChartV1beta2Schema, HelmRepositoryV1beta2Schema, OCIRepositoryV1beta2Schema } from './legacy/source-v1beta2.js';
import { ReceiverSchema } from './notification/v1/receiver.js';
import { AlertSchema } from './notification/v1beta3/alert.js';
import { ProviderSchema } from './notification/v1beta3/provider.js';
import { printerColumns, type PrinterColumn } from './printer-columns.js';
import { BucketSchema } from './source/v1/bucket.js';
import { GitRepositorySchema } from './source/v1/git-repository.js';
import { HelmChartSchema } from './source/v1/helm-chart.js';
import { HelmRepositorySchema } from './source/v1/helm-repository.js';
import { OCIRepositorySchema } from './source/v1/oci-repository.js';

/** One served version of a Flux kind. */
export interface FluxKindVersion {
  readonly name: string;
  readonly schema: TSchema;
  /** True for the version Flux 2.9 serves as storage; every other version is one Fluxion serves beyond Flux. */
  readonly storage: boolean;
  /** Whether the version has a status subresource (notification v1beta3 kinds have none). */
  readonly status: boolean;
  readonly printerColumns: readonly PrinterColumn[];
}

/** A Flux kind: names as in Flux's CRDs, and every version Fluxion serves (storage version first). */
export interface FluxKind {
  readonly group: string;
  readonly kind: string;
  readonly plural: string;
  readonly singular: string;
  readonly listKind: string;
  readonly shortNames: readonly string[];
  readonly categories: readonly string[];
  readonly namespaced: true;
  readonly component: string;
  readonly versions: readonly FluxKindVersion[];
}

const v = (name: string, schema: TSchema, columns: readonly PrinterColumn[], storage = false, status = true): FluxKindVersion => ({ name, schema, storage, status, printerColumns: columns });
const kind = (group: string, k: string, plural: string, shortNames: string[], categories: string[], component: string, versions: FluxKindVersion[]): FluxKind => ({
  group: `${group}.toolkit.fluxcd.io`,
  kind: k,
  plural,
  singular: k.toLowerCase(),
  listKind: `${k}List`,
  shortNames,
  categories,
  namespaced: true,
  component,
  versions,
});
const sources = ['all', 'fluxcd', 'fluxcd-sources'];
const images = ['fluxcd', 'fluxcd-images'];

/** Every Flux kind Fluxion serves, with its versions; the first version of each is the storage (current) version. */
export const fluxKinds: readonly FluxKind[] = [
  kind('source', 'GitRepository', 'gitrepositories', ['gitrepo'], sources, 'source-controller', [
    v('v1', GitRepositorySchema, printerColumns.urlSource, true),
    v('v1beta2', GitRepositoryV1beta2Schema, printerColumns.urlSource),
  ]),
  kind('source', 'HelmRepository', 'helmrepositories', ['helmrepo'], sources, 'source-controller', [
    v('v1', HelmRepositorySchema, printerColumns.urlSource, true),
    v('v1beta2', HelmRepositoryV1beta2Schema, printerColumns.urlSource),
  ]),
  kind('source', 'HelmChart', 'helmcharts', ['hc'], sources, 'source-controller', [
    v('v1', HelmChartSchema, printerColumns.helmChart, true),
    v('v1beta2', HelmChartV1beta2Schema, printerColumns.helmChart),
  ]),
  kind('source', 'Bucket', 'buckets', [], sources, 'source-controller', [
    v('v1', BucketSchema, printerColumns.bucket, true),
    v('v1beta2', BucketV1beta2Schema, printerColumns.bucket),
  ]),
  kind('source', 'OCIRepository', 'ocirepositories', ['ocirepo'], sources, 'source-controller', [
    v('v1', OCIRepositorySchema, printerColumns.ociRepository, true),
    v('v1beta2', OCIRepositoryV1beta2Schema, printerColumns.ociRepository),
  ]),
  kind('kustomize', 'Kustomization', 'kustomizations', ['ks'], ['fluxcd'], 'kustomize-controller', [
    v('v1', KustomizationSchema, printerColumns.readyStatus, true),
    v('v1beta2', KustomizationV1beta2Schema, printerColumns.readyStatus),
  ]),
  kind('helm', 'HelmRelease', 'helmreleases', ['hr'], ['fluxcd'], 'helm-controller', [
    v('v2', HelmReleaseSchema, printerColumns.readyStatus, true),
    v('v2beta2', HelmReleaseV2beta2Schema, printerColumns.readyStatus),
    v('v2beta1', HelmReleaseV2beta1Schema, printerColumns.readyStatus),
  ]),
  kind('notification', 'Receiver', 'receivers', [], ['fluxcd'], 'notification-controller', [
    v('v1', ReceiverSchema, printerColumns.readyStatus, true),
    v('v1beta2', ReceiverV1beta2Schema, printerColumns.readyStatus),
  ]),
  kind('notification', 'Provider', 'providers', [], ['fluxcd'], 'notification-controller', [
    v('v1beta3', ProviderSchema, printerColumns.ageOnly, true, false),
    v('v1beta2', ProviderV1beta2Schema, printerColumns.readyStatus),
  ]),
  kind('notification', 'Alert', 'alerts', [], ['fluxcd'], 'notification-controller', [
    v('v1beta3', AlertSchema, printerColumns.ageOnly, true, false),
    v('v1beta2', AlertV1beta2Schema, printerColumns.readyStatus),
  ]),
  kind('image', 'ImageRepository', 'imagerepositories', ['imgrepo', 'imagerepo'], ['all', ...images], 'image-reflector-controller', [
    v('v1', ImageRepositorySchema, printerColumns.imageRepository, true),
    v('v1beta2', ImageRepositoryV1beta2Schema, printerColumns.imageRepositoryV1beta),
    v('v1beta1', ImageRepositoryV1beta1Schema, printerColumns.imageRepositoryV1beta),
  ]),
  kind('image', 'ImagePolicy', 'imagepolicies', ['imgpol', 'imagepol'], images, 'image-reflector-controller', [
    v('v1', ImagePolicySchema, printerColumns.imagePolicyV1, true),
    v('v1beta2', ImagePolicyV1beta2Schema, printerColumns.imagePolicyV1beta),
    v('v1beta1', ImagePolicyV1beta1Schema, printerColumns.imagePolicyV1beta),
  ]),
  kind('image', 'ImageUpdateAutomation', 'imageupdateautomations', ['iua', 'imgupd', 'imgauto'], ['all', ...images], 'image-automation-controller', [
    v('v1', ImageUpdateAutomationSchema, printerColumns.imageUpdateAutomation, true),
    v('v1beta2', ImageUpdateAutomationV1beta2Schema, printerColumns.imageUpdateAutomationV1beta),
    v('v1beta1', ImageUpdateAutomationV1beta1Schema, printerColumns.imageUpdateAutomationV1beta),
  ]),
];

/** The kind named by `apiVersion` + `kind`, with the matching version; undefined when Fluxion does not serve it. */
export function findFluxKind(apiVersion: string, kindName: string): { kind: FluxKind; version: FluxKindVersion } | undefined {
  const slash = apiVersion.indexOf('/');
  const group = apiVersion.slice(0, slash);
  const versionName = apiVersion.slice(slash + 1);
  const k = fluxKinds.find((x) => x.group === group && x.kind === kindName);
  const ver = k?.versions.find((x) => x.name === versionName);
  return k && ver ? { kind: k, version: ver } : undefined;
}

/** The current (storage) version of a kind, e.g. `v2` for HelmRelease. */
export function currentVersion(k: FluxKind): FluxKindVersion {
  const found = k.versions.find((x) => x.storage);
  if (!found) throw new Error(`${k.kind}: no storage version`);
  return found;
}

/** The current `apiVersion` string of a kind, e.g. `helm.toolkit.fluxcd.io/v2`. */
export function currentApiVersion(k: FluxKind): string {
  return `${k.group}/${currentVersion(k).name}`;
}

/** Whether an apiVersion belongs to one of Flux's API groups (`*.toolkit.fluxcd.io`). */
export function isFluxApiVersion(apiVersion: string): boolean {
  return /^[a-z]+\.toolkit\.fluxcd\.io\//.test(apiVersion);
}
