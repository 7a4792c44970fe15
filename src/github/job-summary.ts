import * as core from '@actions/core';

/** The job summary is written on every event and in every comment mode. */
export async function writeJobSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}
