/** The last lines a process wrote to stderr, kept for the message when it misbehaves. */
export class StderrTail {
  private lines: string[] = [];
  private partial = '';

  constructor(private readonly keep = 20) {}

  push(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    if (this.lines.length > this.keep) this.lines = this.lines.slice(-this.keep);
    // A process spewing one endless line must not grow this without bound.
    if (this.partial.length > 4000) this.partial = `…${this.partial.slice(-4000)}`;
  }

  /** The tail as an indented block after a message, or '' when stderr was silent. */
  text(): string {
    const lines = [...this.lines, ...(this.partial === '' ? [] : [this.partial])].slice(-this.keep);
    if (lines.every((line) => line.trim() === '')) return '';
    return `\n  stderr (last ${lines.length} lines):\n${lines.map((line) => `    ${line}`).join('\n')}`;
  }

  clear(): void {
    this.lines = [];
    this.partial = '';
  }
}
