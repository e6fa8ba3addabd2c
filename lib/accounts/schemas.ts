import { z } from "zod";
import { cleanString } from "@/lib/forms/fields";

/** Sign-in names: lower-case Latin letters, digits and . _ -, starting with a letter. Messages are i18n keys. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, "validation.usernameFormat");

export const createAccountSchema = z.object({
  username: usernameSchema,
  displayName: cleanString(false).trim().min(1, "validation.required").max(40, "validation.tooLong"),
});
export type CreateAccountInput = z.infer<typeof createAccountSchema>;
