import type { DecisionRecord } from './decision-record';

/** The decision record as text a person reads top to bottom. */
export function renderRecord(record: DecisionRecord): string {
  const out: string[] = [`Decision record for purpose_profiles = [${record.purposes.map((p) => `"${p}"`).join(', ')}]`, ''];
  for (const question of record.questions) {
    out.push(question.question.toUpperCase());
    for (const answer of question.answers) {
      const by = answer.decidedBy.length > 0 ? ` [${answer.decidedBy.join(', ')}]` : '';
      out.push(`  - ${answer.statement}${by}`, `      why: ${answer.because}`);
    }
    out.push('');
  }
  out.push('TRAIL EVENT SELECTORS, AND WHAT EACH COSTS');
  for (const selector of record.eventSelectors) {
    out.push(`  - ${selector.name}`, `      cost: ${selector.costNote}`);
  }
  out.push('', 'BY PURPOSE');
  for (const entry of record.byPurpose) {
    out.push(`  ${entry.purpose}: ${entry.summary}`, `      decides: ${entry.decides.join(', ') || '(nothing another purpose does not already decide)'}`);
  }
  out.push('', 'SETTINGS');
  const width = Math.max(...record.settings.map((setting) => setting.name.length));
  for (const setting of record.settings) {
    out.push(`  ${setting.name.padEnd(width)}  ${JSON.stringify(setting.value)}`);
  }
  const { inputs } = record.cost;
  out.push('', `MONTHLY COST ESTIMATE (${inputs.eventsPerDay} management and ${inputs.dataEventsPerDay} data events per day)`);
  for (const line of record.cost.lines) {
    out.push(`  ${line.item.padEnd(52)} ${usd(line.monthlyUsd).padStart(12)}   ${line.arithmetic}`);
  }
  out.push(`  ${'Total'.padEnd(52)} ${usd(record.cost.totalMonthlyUsd).padStart(12)}`);
  out.push(...record.cost.notes.map((note) => `  note: ${note}`));
  out.push(`  prices: ${record.prices.asOf}; USD, us-east-1. Sources:`, ...record.prices.sources.map((source) => `    ${source}`), '');
  return out.join('\n');
}

function usd(value: number): string {
  return `$${value.toFixed(2)}`;
}
