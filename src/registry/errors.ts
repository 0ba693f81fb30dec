/** A registry problem already put in words for the step's log; `status` when the registry answered. */
export class RegistryError extends Error {
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message);
    this.name = 'RegistryError';
  }
}
