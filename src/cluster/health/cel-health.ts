import type { CelInput } from '@bufbuild/cel';
import { current, failed, inProgress, type HealthResult, type LiveObject } from './health-status.js';

/** One `spec.healthCheckExprs` entry of a Kustomization. */
export interface HealthCheckExpression {
  apiVersion: string;
  kind: string;
  current: string;
  inProgress?: string;
  failed?: string;
}

/** An expression that does not parse; names the kind and which expression. */
export class HealthExpressionError extends Error {
  override name = 'HealthExpressionError';
  readonly reason = 'BuildFailed';
}

type Program = (bindings: Record<string, CelInput>) => unknown;
type Cel = typeof import('@bufbuild/cel');

// CEL is loaded on first use: most Kustomizations have no healthCheckExprs, and it costs ~17 MiB resident.
let celModule: Promise<Cel> | undefined;
const loadCel = (): Promise<Cel> => (celModule ??= import('@bufbuild/cel'));

/** JSON → CEL input: objects become maps, whole numbers become CEL ints, as Kubernetes' CEL sees JSON. */
function toCel(value: unknown): CelInput {
  if (Array.isArray(value)) return value.map(toCel);
  if (value !== null && typeof value === 'object') return new Map(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  return value as CelInput;
}

/**
 * A compiled set of CEL health expressions for one kind. The object's top-level fields (`metadata`, `spec`,
 * `status`) are the expression's variables. Order as Flux: inProgress, then failed, then current; none true →
 * InProgress. An expression that cannot be evaluated (a missing field) leaves the object InProgress with the
 * evaluation error, so the health check waits rather than passes.
 */
export class CelHealthCheck {
  private constructor(
    readonly expr: HealthCheckExpression,
    private readonly programs: ReadonlyArray<[keyof Pick<HealthCheckExpression, 'inProgress' | 'failed' | 'current'>, Program]>,
    private readonly isError: Cel['isCelError'],
  ) {}

  /** Compiles the expressions; throws HealthExpressionError naming the kind and the expression that does not parse. */
  static async compile(expr: HealthCheckExpression): Promise<CelHealthCheck> {
    const cel = await loadCel();
    const env = cel.celEnv();
    const programs: Array<[keyof Pick<HealthCheckExpression, 'inProgress' | 'failed' | 'current'>, Program]> = [];
    for (const key of ['inProgress', 'failed', 'current'] as const) {
      const source = expr[key];
      if (!source) continue;
      try {
        programs.push([key, cel.plan(env, cel.parse(source)) as Program]);
      } catch (err) {
        throw new HealthExpressionError(`healthCheckExprs ${expr.apiVersion}/${expr.kind} ${key}: ${(err as Error).message}`);
      }
    }
    return new CelHealthCheck(expr, programs, cel.isCelError);
  }

  /** Whether this entry applies to an object. */
  matches(obj: LiveObject): boolean {
    return obj.apiVersion === this.expr.apiVersion && obj.kind === this.expr.kind;
  }

  /** Evaluates the expressions against a live object. */
  assess(obj: LiveObject): HealthResult {
    const bindings = Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, toCel(v)]));
    for (const [key, program] of this.programs) {
      const result = program(bindings);
      if (this.isError(result)) return inProgress(`${key} expression could not be evaluated: ${result.message}`);
      if (result !== true) continue;
      if (key === 'inProgress') return inProgress(`${this.expr.kind} is in progress (healthCheckExprs)`);
      if (key === 'failed') return failed(`${this.expr.kind} failed (healthCheckExprs)`);
      return current(`${this.expr.kind} is healthy (healthCheckExprs)`);
    }
    return inProgress(`${this.expr.kind} is not yet current (healthCheckExprs)`);
  }
}
