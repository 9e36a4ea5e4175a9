// @ts-check
/** A failure to report to the person who ran the starter: its message only (no stack trace), and its exit code. */
export class StarterError extends Error {
  /**
   * @param {string} message
   * @param {number} [exitCode] 2 when the command line itself is wrong, 1 otherwise
   */
  constructor(message, exitCode = 1) {
    super(message);
    this.name = 'StarterError';
    this.exitCode = exitCode;
  }
}
