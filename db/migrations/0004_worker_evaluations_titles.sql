CREATE TYPE "public"."publication_status" AS ENUM('posted', 'named');--> statement-breakpoint
CREATE TYPE "public"."title_status" AS ENUM('held', 'withdrawn');--> statement-breakpoint
CREATE TABLE "evaluation_publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"target" "evaluation_target" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"status" "publication_status" DEFAULT 'posted' NOT NULL,
	"evaluation_ids" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"named_at" timestamp with time zone,
	"named_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "titles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"team_id" uuid,
	"worker_id" uuid,
	"subject_id" uuid NOT NULL,
	"target" "evaluation_target" NOT NULL,
	"period_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"publication_id" uuid NOT NULL,
	"evaluation_id" uuid NOT NULL,
	"status" "title_status" DEFAULT 'held' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"named_at" timestamp with time zone DEFAULT now() NOT NULL,
	"named_by" uuid NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	"withdraw_reason" text
);
--> statement-breakpoint
ALTER TABLE "evaluation_publications" ADD CONSTRAINT "evaluation_publications_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_publications" ADD CONSTRAINT "evaluation_publications_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_publications" ADD CONSTRAINT "evaluation_publications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_publications" ADD CONSTRAINT "evaluation_publications_named_by_users_id_fk" FOREIGN KEY ("named_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_unit_id_orgs_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_team_id_orgs_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_publication_id_evaluation_publications_id_fk" FOREIGN KEY ("publication_id") REFERENCES "public"."evaluation_publications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_named_by_users_id_fk" FOREIGN KEY ("named_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "titles" ADD CONSTRAINT "titles_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_publications_kind_idx" ON "evaluation_publications" USING btree ("period_id","target");--> statement-breakpoint
CREATE INDEX "evaluation_publications_county_idx" ON "evaluation_publications" USING btree ("county_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "titles_evaluation_idx" ON "titles" USING btree ("evaluation_id");--> statement-breakpoint
CREATE INDEX "titles_subject_idx" ON "titles" USING btree ("subject_id","status");--> statement-breakpoint
CREATE INDEX "titles_county_idx" ON "titles" USING btree ("county_id","period_id","target");