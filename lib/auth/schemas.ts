import { z } from "zod";
import { cleanString } from "@/lib/forms/fields";

/** Messages are i18n keys under "validation". */
export const loginSchema = z.object({
  username: cleanString(false).trim().min(1, "validation.required").max(64, "validation.tooLong"),
  password: z.string().min(1, "validation.required").max(256, "validation.tooLong"),
});
export type LoginInput = z.infer<typeof loginSchema>;

export const PASSWORD_MIN_LENGTH = 8;

/** A new password: 8+ characters mixing letters and digits, not the username. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort")
  .max(128, "validation.tooLong")
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), "validation.passwordWeak");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.required").max(256, "validation.tooLong"),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "validation.required"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
