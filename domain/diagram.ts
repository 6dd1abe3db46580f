/** A machine's states and transitions as plain data, for the HTML report's state diagrams. */
export interface StateDiagram {
  readonly machineId: string;
  readonly initial: string;
  readonly states: readonly { readonly id: string; readonly final: boolean }[];
  readonly transitions: readonly { readonly from: string; readonly to: string; readonly event: string }[];
}
