/**
 * Agents to schedule so that `agents` remain after shrinkage: ceil(agents ÷ (1 − shrinkage)), with a
 * 1e-12 relative allowance so that 21 agents at 30% shrinkage schedule 30, although the float quotient 21 ÷ 0.7 is 30.000000000000004.
 */
export function scheduled(agents: number, shrinkage: number): number {
  return Math.ceil((agents / (1 - shrinkage)) * (1 - 1e-12));
}
