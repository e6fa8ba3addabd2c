"use server";

import { formAction, goTo, userAction } from "@/lib/actions/user-action";
import { idSchema, versionField } from "@/lib/forms/ids";
import { createWorker, deleteWorker, setWorkerStatus, updateWorker } from "./mutations";
import { WORKER_FORM_FIELDS, workerInputSchema } from "./schemas";

/** Adds a worker (no id) or edits one (id bound by the form, still checked against the user's scope). */
export const saveWorkerAction = formAction(
  { args: [idSchema.nullable()], schema: workerInputSchema.extend({ version: versionField }), keep: WORKER_FORM_FIELDS },
  async ({ user, input: { version, ...worker } }, id) => {
    const result = id ? await updateWorker(user, id, version, worker) : await createWorker(user, worker);
    return result.ok ? goTo(`/workers/${result.data!.id}?saved=${id ? "updated" : "created"}`) : result;
  },
);

export const markWorkerLeftAction = userAction({ args: [idSchema, versionField] }, (user, id, version) => setWorkerStatus(user, id, version, "left"));

export const rejoinWorkerAction = userAction({ args: [idSchema, versionField] }, (user, id, version) => setWorkerStatus(user, id, version, "active"));

export const deleteWorkerAction = userAction({ args: [idSchema] }, async (user, id) => {
  const result = await deleteWorker(user, id);
  return result.ok ? goTo("/workers?deleted=1") : result;
});
