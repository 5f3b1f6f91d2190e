/**
 * Ward files handed from the page's own file choice to the district section: several files the
 * person said are many wards' reports (`ManyFiles`) are consolidated there, as if chosen there.
 */
import type { DistrictFileIn } from './districtProtocol';

export class WardInbox {
  private listener: ((files: DistrictFileIn[]) => void) | null = null;

  /** Hands `files` to the district section (dropped when it is not on the page). */
  send(files: DistrictFileIn[]): void {
    this.listener?.(files);
  }

  /** The district section's receiver; the function returned stops it. */
  listen(listener: (files: DistrictFileIn[]) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }
}
