// One emulator for a test file with its REST requests recorded, the log cleared before each test:
// the start and stop that data-layer tests asserting exact requests share.
import { Emulator, startEmulator } from './emulator';
import { recordRequests, RequestLog } from './requestLog';

/** Registers the file's hooks; `ready` receives the emulator and the log once started. */
export function useLoggedEmulator(ready: (emu: Emulator, log: RequestLog) => void): void {
  let emu: Emulator | undefined;
  let log: RequestLog | undefined;
  beforeAll(async () => {
    emu = await startEmulator();
    log = recordRequests();
    ready(emu, log);
  });
  afterAll(async () => {
    log?.stop();
    await emu?.stop();
  });
  beforeEach(() => log?.clear());
}
