// Starts a TypeScript module in a worker thread: worker threads do not inherit tsx's loader,
// so it is registered here first. workerData.module names the module, workerData.run its
// exported function, which takes over the thread.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const module = await import(workerData.module);
await module[workerData.run]();
