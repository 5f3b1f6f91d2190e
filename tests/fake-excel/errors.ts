/**
 * Errors as office.js raises them: an `OfficeExtension.Error`-like object with a `code` from
 * `Excel.ErrorCodes` (`PropertyNotLoaded`, `ItemNotFound`, `InvalidArgument`…). Host errors reject
 * `context.sync()`; `PropertyNotLoaded` is thrown synchronously by a property getter, as in office.js.
 */
export class HostError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: { code: string; message: string; errorLocation?: string };

  constructor(
    readonly code: string,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

/** The fake was asked for something it does not emulate: a test or adapter bug, never "Excel said no". */
export class FakeLimitError extends Error {
  override readonly name = 'FakeLimitError';
}

export function propertyNotLoaded(property: string, type: string): HostError {
  return new HostError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
}
