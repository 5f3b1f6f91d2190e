/**
 * The proxy machinery of the fake host, with office.js semantics:
 * - every API object is a proxy with an object path (`workbook.worksheets.getItem("X").getRange("A1")`);
 *   nothing touches the workbook until `context.sync()`;
 * - property writes and method calls are queued and applied at sync, in order; a failing action
 *   rejects the sync and leaves the earlier actions applied (batches are not transactions);
 * - reading a scalar property that was neither `load()`ed and synced nor set locally throws
 *   `PropertyNotLoaded`, like office.js; `isNullObject` must be loaded too (stricter than Excel,
 *   which loads it implicitly — the adapter never relies on that);
 * - object paths are re-resolved at every sync (as the host does), except objects created by a
 *   method such as `worksheets.add()`, which keep pointing at what they created;
 * - each sync's request is serialized the way office.js sends it (Actions + ObjectPaths JSON), and
 *   its size in UTF-8 bytes is recorded with the size of the response; like Excel on the web, a
 *   request or a response above 5 MB fails the sync (`payloadLimit`, null for desktop Excel).
 */
import { FakeLimitError, HostError, propertyNotLoaded } from './errors';
import type { WorkbookState } from './state';

export interface SyncStat {
  /** UTF-8 bytes of the request JSON (Actions + ObjectPaths). */
  requestBytes: number;
  /** UTF-8 bytes of the loaded data returned. */
  responseBytes: number;
  actions: number;
  /** Error code when the sync rejected. */
  failed?: string;
}

/** What all contexts on one workbook share: the workbook and the record of syncs. */
export interface FakeHost {
  state: WorkbookState;
  syncs: SyncStat[];
  /** Excel on the web's payload limit, enforced on requests and responses (null: desktop, none). */
  payloadLimit: number | null;
}

/** Excel on the web: 5 MB per request and per response. */
export const WEB_PAYLOAD_LIMIT = 5_000_000;

type PathType = 'Root' | 'Property' | 'Method' | 'Indexer' | 'Result';

interface PathInfo {
  id: number;
  type: PathType;
  name: string;
  args: unknown[];
  parent: ClientObject | null;
}

/** How a scalar property of a host object is read and written. */
export interface PropSpec<T = unknown> {
  read?: (target: T) => unknown;
  write?: (target: T, value: unknown) => void;
}

interface QueuedAction {
  id: number;
  obj: ClientObject;
  kind: 'load' | 'set' | 'call';
  name: string;
  args: unknown[];
  run?: (target: unknown) => void;
  /** A method returning a value (`getCellProperties`): what the response carries. */
  result?: (target: unknown) => unknown;
}

/** office.js' `ClientResult<T>`: `value` reads only after the sync that ran the method. */
export class FakeClientResult<T> {
  private _value: { v: T } | null = null;
  constructor(private readonly method: string) {}
  get value(): T {
    if (!this._value) throw propertyNotLoaded('value', `ClientResult of ${this.method}`);
    return this._value.v;
  }
  _settle(v: T): void {
    this._value = { v };
  }
}

let nextId = 1;

export abstract class ClientObject {
  readonly context: FakeRequestContext;
  readonly _path: PathInfo;
  private readonly _resolver: (parent: unknown) => unknown;
  private readonly _orNull: boolean;
  private _target: unknown = undefined;
  private _resolvedAt = -1;
  private _created = false;
  private _nullAfterSync: boolean | null = null;
  private readonly _loaded = new Map<string, unknown>();
  private readonly _local = new Map<string, unknown>();
  private readonly _nav = new Map<string, ClientObject>();

  abstract readonly _typeName: string;
  /** Scalar properties this fake emulates. */
  abstract _props(): Record<string, PropSpec>;

  constructor(
    context: FakeRequestContext,
    path: Omit<PathInfo, 'id'>,
    resolver: (parent: unknown) => unknown,
    orNull = false,
  ) {
    this.context = context;
    this._path = { id: nextId++, ...path };
    this._resolver = resolver;
    this._orNull = orNull;
  }

  // ----- reading -----

  get isNullObject(): boolean {
    if (this._loaded.has('isNullObject')) return this._loaded.get('isNullObject') as boolean;
    throw propertyNotLoaded('isNullObject', this._typeName);
  }

  protected _get(name: string): unknown {
    if (this._local.has(name)) return this._local.get(name);
    if (this._loaded.has(name)) return this._loaded.get(name);
    // office.js does not throw for properties of a null object; they read as undefined.
    if (this._nullAfterSync === true) return undefined;
    throw propertyNotLoaded(name, this._typeName);
  }

  protected _set(name: string, value: unknown): void {
    const spec = this._props()[name];
    if (!spec?.write)
      throw new FakeLimitError(`fake: ${this._typeName}.${name} cannot be set (read-only or not emulated)`);
    this._local.set(name, value);
    this._queue('set', name, [value], (t) => spec.write!(t, value));
  }

  /** Collections: child proxies for loaded items (`load('items/name')`). */
  _loadItems(_target: unknown, _select: string[]): { proxy: ClientObject; data: Record<string, unknown> }[] {
    throw new FakeLimitError(`fake: ${this._typeName} has no items`);
  }

  load(propertyNames?: string | string[]): this {
    if (propertyNames === undefined || (typeof propertyNames !== 'string' && !Array.isArray(propertyNames))) {
      throw new FakeLimitError(
        `fake: ${this._typeName}.load() needs property names (a bare load() loads everything, which the adapter must not do)`,
      );
    }
    const names = (Array.isArray(propertyNames) ? propertyNames : propertyNames.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    for (const n of names) {
      if (n === 'isNullObject' || n.startsWith('items/') || n === 'items') continue;
      if (!this._props()[n]?.read)
        throw new FakeLimitError(`fake: ${this._typeName}.${n} cannot be loaded (not emulated)`);
    }
    this._queue('load', 'Load', names);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }

  // ----- building the queue -----

  protected _queue(kind: QueuedAction['kind'], name: string, args: unknown[], run?: (target: unknown) => void): void {
    for (const a of args) {
      if (a instanceof ClientObject && a.context !== this.context) {
        throw new HostError('InvalidRequestContext', 'Cannot use the object across different request contexts.');
      }
    }
    this.context._enqueue({ id: nextId++, obj: this, kind, name, args, run });
  }

  /** A queued method call without a result object. */
  protected _call(name: string, args: unknown[], run: (target: unknown) => void): void {
    this._queue('call', name, args, run);
  }

  /** A queued method whose value comes back in the response (office.js `ClientResult`). */
  protected _result<T>(name: string, args: unknown[], compute: (target: unknown) => T): FakeClientResult<T> {
    const out = new FakeClientResult<T>(name);
    this.context._enqueue({
      id: nextId++,
      obj: this,
      kind: 'call',
      name,
      args,
      result: (t) => {
        const v = compute(t);
        out._settle(structuredClone(v));
        return v;
      },
    });
    return out;
  }

  /** A navigation property (`range.format`), one proxy per parent. */
  protected _navigate<T extends ClientObject>(name: string, make: (path: Omit<PathInfo, 'id'>) => T): T {
    let child = this._nav.get(name) as T | undefined;
    if (!child) {
      child = make({ type: 'Property', name, args: [], parent: this });
      this._nav.set(name, child);
    }
    return child;
  }

  /** A method returning an existing object (`getRange`), a new proxy per call. */
  protected _method<T extends ClientObject>(name: string, args: unknown[], make: (path: Omit<PathInfo, 'id'>) => T): T {
    return make({ type: 'Method', name, args, parent: this });
  }

  /** A method creating an object (`add`): queued now, its result bound when the action runs. */
  protected _create<T extends ClientObject>(
    name: string,
    args: unknown[],
    make: (path: Omit<PathInfo, 'id'>) => T,
    create: (target: unknown) => unknown,
  ): T {
    const child = make({ type: 'Result', name, args, parent: this });
    this._queue('call', name, args, (t) => child._bind(create(t)));
    return child;
  }

  // ----- at sync -----

  _bind(target: unknown): void {
    this._target = target;
    this._created = true;
  }

  _resolve(): unknown {
    const now = this.context._syncIndex;
    if (this._created) return this._target;
    if (this._path.type === 'Result')
      throw new FakeLimitError(`fake: ${this._typeName} used before the action creating it ran`);
    if (this._resolvedAt === now) return this._target;
    const parent = this._path.parent;
    let parentTarget: unknown = undefined;
    if (parent) {
      parentTarget = parent._resolve();
      if (parentTarget === null) {
        if (!this._orNull)
          throw new HostError(
            'InvalidObjectPath',
            `${this._typeName}: a method or property was used on a null object.`,
          );
        this._target = null;
        this._resolvedAt = now;
        return null;
      }
    }
    const t = this._resolver(parentTarget);
    if (t === null && !this._orNull) throw new HostError('ItemNotFound', `${this._typeName} not found.`);
    this._target = t;
    this._resolvedAt = now;
    return t;
  }

  _run(action: QueuedAction): Record<string, unknown> | null {
    const target = this._resolve();
    if (action.kind !== 'load') {
      if (target === null)
        throw new HostError('InvalidObjectPath', `${this._typeName}.${action.name} on a null object.`);
      if (action.result) return { value: action.result(target) };
      action.run!(target);
      return null;
    }
    const data: Record<string, unknown> = {};
    const names = action.args as string[];
    const itemSelect = names.filter((n) => n.startsWith('items/')).map((n) => n.slice(6));
    for (const n of names) {
      if (n === 'isNullObject') {
        this._loaded.set('isNullObject', target === null);
        data.isNullObject = target === null;
      } else if (n === 'items' || n.startsWith('items/')) {
        continue;
      } else {
        const v = target === null ? undefined : this._props()[n].read!(target);
        this._loaded.set(n, structuredClone(v));
        this._local.delete(n);
        data[n] = v;
      }
    }
    if (names.some((n) => n === 'items' || n.startsWith('items/'))) {
      const items = target === null ? [] : this._loadItems(target, itemSelect);
      this._loaded.set(
        'items',
        items.map((i) => i.proxy),
      );
      data.items = items.map((i) => i.data);
    }
    this._nullAfterSync = target === null;
    return data;
  }

  /** Marks what a sync learnt about null-ness (office.js keeps it on the proxy). */
  _afterSync(): void {
    if (this._resolvedAt === this.context._syncIndex) this._nullAfterSync = this._target === null;
  }

  /** Sets loaded values directly (for collection items built from a parent's load). */
  _setLoaded(name: string, value: unknown): void {
    this._loaded.set(name, value);
  }
}

/** Declares office.js-style accessors for the scalar properties of a fake class. */
export function accessors(cls: { prototype: object }, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      get(this: { _get(n: string): unknown }) {
        return this._get(name);
      },
      set(this: { _set(n: string, v: unknown): void }, v: unknown) {
        this._set(name, v);
      },
      configurable: true,
    });
  }
}

const ACTION_TYPE = { load: 2, call: 3, set: 4 } as const;
const PATH_TYPE: Record<PathType, number> = { Root: 1, Result: 3, Method: 3, Property: 4, Indexer: 5 };

const utf8 = new TextEncoder();

/** UTF-8 length without Node's Buffer (the fake also runs bundled in a browser for the e2e tests). */
function utf8Bytes(s: string): number {
  return utf8.encode(s).length;
}

export class FakeRequestContext {
  _syncIndex = 0;
  private _queueList: QueuedAction[] = [];
  readonly workbook: ClientObject & Record<string, unknown>;
  readonly application: ClientObject & Record<string, unknown>;
  /** office.js API surface the adapter may touch; no-ops here. */
  readonly trackedObjects = { add() {}, remove() {} };

  constructor(
    readonly host: FakeHost,
    makeWorkbook: (ctx: FakeRequestContext) => ClientObject,
  ) {
    this.workbook = makeWorkbook(this) as ClientObject & Record<string, unknown>;
    this.application = this.workbook.application as ClientObject & Record<string, unknown>;
  }

  _enqueue(a: QueuedAction): void {
    this._queueList.push(a);
  }

  /** Whether the next sync has anything to send (office.js sends nothing for an empty batch). */
  get _pending(): boolean {
    return this._queueList.length > 0;
  }

  /** A batch the host refused whole (it was sent, and is not sent again). */
  _discardPending(): void {
    this._queueList = [];
  }

  /** Runs the queued batch against the workbook. Never call it in a loop (the adapter doesn't). */
  async sync(): Promise<void> {
    const actions = this._queueList;
    this._queueList = [];
    this._syncIndex++;
    const stat: SyncStat = {
      requestBytes: utf8Bytes(JSON.stringify(serialize(actions))),
      responseBytes: 0,
      actions: actions.length,
    };
    this.host.syncs.push(stat);
    const limit = this.host.payloadLimit;
    if (limit !== null && stat.requestBytes > limit) {
      stat.failed = 'RequestPayloadSizeLimitExceeded';
      throw new HostError(stat.failed, `The request payload size (${stat.requestBytes} bytes) exceeds the limit.`);
    }
    const results: unknown[] = [];
    const touched = new Set<ClientObject>();
    try {
      for (const a of actions) {
        touched.add(a.obj);
        const data = a.obj._run(a);
        if (data) results.push({ ActionId: a.id, Value: data });
      }
    } catch (e) {
      stat.failed = e instanceof HostError ? e.code : 'FakeLimit';
      throw e;
    } finally {
      stat.responseBytes = utf8Bytes(JSON.stringify({ Results: results }));
      for (const o of touched) o._afterSync();
      this.host.state.endOfSync();
    }
    if (limit !== null && stat.responseBytes > limit) {
      // Excel on the web has applied the batch but cannot return what was loaded.
      stat.failed = 'ResponsePayloadSizeLimitExceeded';
      throw new HostError(stat.failed, `The response payload size (${stat.responseBytes} bytes) exceeds the limit.`);
    }
    await Promise.resolve();
  }
}

/** The request as office.js would send it: Actions plus every object path they reference. */
function serialize(actions: QueuedAction[]): unknown {
  const paths = new Map<number, unknown>();
  const addPath = (o: ClientObject) => {
    for (let p: ClientObject | null = o; p && !paths.has(p._path.id); p = p._path.parent) {
      paths.set(p._path.id, {
        Id: p._path.id,
        ObjectPathType: PATH_TYPE[p._path.type],
        Name: p._path.name,
        ParentObjectPathId: p._path.parent?._path.id,
        ArgumentInfo: { Arguments: p._path.args.map(arg) },
      });
    }
  };
  const arg = (a: unknown): unknown => {
    if (a instanceof ClientObject) {
      addPath(a);
      return { _ObjectPathId: a._path.id };
    }
    return a;
  };
  const list = actions.map((a) => {
    addPath(a.obj);
    const base = { Id: a.id, ActionType: ACTION_TYPE[a.kind], Name: a.name, ObjectPathId: a.obj._path.id };
    return a.kind === 'load'
      ? { ...base, QueryInfo: { Select: a.args } }
      : { ...base, ArgumentInfo: { Arguments: a.args.map(arg) } };
  });
  return { Actions: list, ObjectPaths: Object.fromEntries(paths) };
}
