/** A machine's states and transitions as plain data, for the HTML report's state diagrams. */
export interface StateDiagram {
  readonly machineId: string;
  readonly initial: string;
  /** `parallel` when the machine's top-level states are regions active together. */
  readonly rootType?: 'compound' | 'parallel';
  readonly states: readonly {
    readonly id: string;
    readonly final: boolean;
    /** Compound states hold children (drawn nested); a parallel state's children are regions. */
    readonly type?: 'atomic' | 'compound' | 'parallel' | 'final' | 'history';
    /** A compound state's initial child (its ID). */
    readonly initial?: string;
  }[];
  readonly transitions: readonly { readonly from: string; readonly to: string; readonly event: string }[];
}
