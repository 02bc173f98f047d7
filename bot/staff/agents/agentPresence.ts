import { EventEmitter } from 'node:events';

/** How long another instance's word on who is online holds without a fresh one (it repeats it every few seconds). */
const REMOTE_TTL_MS = 30_000;

/**
 * Who has the console open right now: one entry per open event stream, so an
 * agent with two tabs counts once and is gone only when the last tab closes.
 * This is what "agents online" means to the escalation service. With several
 * instances, each one's list is heard from the others (see absorb) and counts
 * until it goes stale, so an instance that died stops counting its agents.
 */
export class AgentPresence extends EventEmitter<{ changed: [] }> {
  private readonly connections = new Map<string, number>();
  private readonly elsewhere = new Map<string, { agents: Set<string>; at: number }>();

  constructor(private readonly now = () => Date.now()) {
    super();
  }

  /** Registers one open console; call the returned function when it closes (idempotent). */
  connect(user: string): () => void {
    this.connections.set(user, (this.connections.get(user) ?? 0) + 1);
    if (this.connections.get(user) === 1) this.emit('changed');
    let connected = true;
    return () => {
      if (!connected) return;
      connected = false;
      const left = (this.connections.get(user) ?? 1) - 1;
      if (left > 0) this.connections.set(user, left);
      else {
        this.connections.delete(user);
        this.emit('changed');
      }
    };
  }

  /** The agents whose console is open on this instance. */
  local(): string[] {
    return [...this.connections.keys()];
  }

  /** What instance `instance` last said about its own agents. */
  absorb(instance: string, agents: string[]): void {
    this.elsewhere.set(instance, { agents: new Set(agents), at: this.now() });
  }

  private everyone(): Set<string> {
    const all = new Set(this.connections.keys());
    for (const [instance, { agents, at }] of this.elsewhere) {
      if (this.now() - at > REMOTE_TTL_MS) this.elsewhere.delete(instance);
      else agents.forEach((a) => all.add(a));
    }
    return all;
  }

  online(): number {
    return this.everyone().size;
  }

  isOnline(user: string): boolean {
    return this.everyone().has(user);
  }
}
