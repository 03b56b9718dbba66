import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { withDriverClient } from '../database/data-source';
import { foldReporting } from './reporting-layer';

/**
 * Folds recent changes into the reporting aggregates every `intervalMs`, one fold at a time, on one
 * connection of the API's pool. Several API processes may run it: folds wait for each other in the
 * database, and each change is folded once. A failed fold (database restarting) is logged and the
 * next tick tries again; the changes wait in their delta tables meanwhile.
 */
export class ReportingRefresher {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private failing = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly intervalMs: number,
    private readonly logger: Logger,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => {
      if (!this.running) this.running = this.tick().finally(() => (this.running = undefined));
    }, this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async tick(): Promise<void> {
    try {
      const started = performance.now();
      const folded = await withDriverClient(this.dataSource, foldReporting);
      if (folded > 0) this.logger.debug('reporting fold', { folded, ms: Math.round(performance.now() - started) });
      if (this.failing) this.logger.info('reporting fold recovered');
      this.failing = false;
    } catch (error) {
      if (!this.failing) this.logger.warn('reporting fold failed; retrying', { error: (error as Error).message });
      this.failing = true;
    }
  }
}
