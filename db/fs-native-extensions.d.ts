/** The part of fs-native-extensions (holepunchto; prebuilt binaries, no install step) that the data-directory lock uses. */
declare module "fs-native-extensions" {
  /** Takes the lock on an open file without waiting: false when another open file holds it. Exclusive unless `shared`. */
  export function tryLock(fd: number, opts?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
