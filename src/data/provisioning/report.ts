// What a provisioning run did. A second run on a provisioned site reports no changes.

export interface ProvisionReport {
  /** Things that did not exist and were created ("lista Avrop", "fält Avrop.Status", ...). */
  created: string[];
  /** Things that existed but were changed to match the schema. */
  updated: string[];
  /** Lists filled from the seed because they were empty. */
  seeded: Array<{ list: string; count: number }>;
  /** Differences the provisioner does not fix by itself; a person should look at them. */
  warnings: string[];
  /** Whether anything at all was written. */
  changed: boolean;
}

export class ReportBuilder {
  private readonly report: ProvisionReport = { created: [], updated: [], seeded: [], warnings: [], changed: false };

  constructor(private readonly log: (line: string) => void) {}

  created(what: string, line: string): void {
    this.report.created.push(what);
    this.report.changed = true;
    this.log(line);
  }

  updated(what: string, line: string): void {
    this.report.updated.push(what);
    this.report.changed = true;
    this.log(line);
  }

  seeded(list: string, count: number): void {
    this.report.seeded.push({ list, count });
    if (count > 0) this.report.changed = true;
    this.log(`Fyllde listan ${list} med ${count} poster.`);
  }

  warn(line: string): void {
    this.report.warnings.push(line);
    this.log(`Varning: ${line}`);
  }

  info(line: string): void {
    this.log(line);
  }

  result(): ProvisionReport {
    return {
      created: [...this.report.created],
      updated: [...this.report.updated],
      seeded: [...this.report.seeded],
      warnings: [...this.report.warnings],
      changed: this.report.changed
    };
  }
}
