/**
 * Who has the console open right now: one entry per open event stream, so an
 * agent with two tabs counts once and is gone only when the last tab closes.
 * This is what "agents online" means to the escalation service.
 */
export class AgentPresence {
  private readonly connections = new Map<string, number>();

  /** Registers one open console; call the returned function when it closes (idempotent). */
  connect(user: string): () => void {
    this.connections.set(user, (this.connections.get(user) ?? 0) + 1);
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      const left = (this.connections.get(user) ?? 1) - 1;
      if (left > 0) this.connections.set(user, left);
      else this.connections.delete(user);
    };
  }

  online(): number {
    return this.connections.size;
  }

  isOnline(user: string): boolean {
    return this.connections.has(user);
  }
}
