import type { Condition } from '../../api/meta/condition.js';
import type { Conditioned } from './conditioned.js';

/** The condition of this type, or undefined. */
export function getCondition(obj: Conditioned, type: string): Condition | undefined {
  return obj.status?.conditions?.find((c) => c.type === type);
}

/** Whether the condition of this type exists and is `True`. */
export function isTrue(obj: Conditioned, type: string): boolean {
  return getCondition(obj, type)?.status === 'True';
}

/** Whether the condition of this type exists and is `False`. */
export function isFalse(obj: Conditioned, type: string): boolean {
  return getCondition(obj, type)?.status === 'False';
}
