CREATE TYPE "public"."evaluation_status" AS ENUM('draft', 'submitted', 'returned', 'accepted', 'confirmed');--> statement-breakpoint
CREATE TYPE "public"."evaluation_target" AS ENUM('team', 'enterprise', 'organ_institution', 'worker');--> statement-breakpoint
CREATE TYPE "public"."grade" AS ENUM('excellent', 'good', 'pass', 'fail');--> statement-breakpoint
CREATE TYPE "public"."item_mode" AS ENUM('manual', 'auto');--> statement-breakpoint
CREATE TYPE "public"."scheme_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "org_month_stats" (
	"county_id" uuid NOT NULL,
	"unit_id" uuid,
	"team_id" uuid,
	"org_id" uuid NOT NULL,
	"owner_level" "owner_level" NOT NULL,
	"month" date NOT NULL,
	"records" integer DEFAULT 0 NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"session_hours" numeric(16, 1) DEFAULT 0 NOT NULL,
	"attendance" integer DEFAULT 0 NOT NULL,
	"attendee_hours" numeric(16, 1) DEFAULT 0 NOT NULL,
	"proposals" integer DEFAULT 0 NOT NULL,
	"proposals_adopted" integer DEFAULT 0 NOT NULL,
	"proposal_benefit" numeric(18, 2) DEFAULT 0 NOT NULL,
	"innovations" integer DEFAULT 0 NOT NULL,
	"innovation_benefit" numeric(18, 2) DEFAULT 0 NOT NULL,
	"innovations_10k" integer DEFAULT 0 NOT NULL,
	"innovations_10k_benefit" numeric(18, 2) DEFAULT 0 NOT NULL,
	"trainings" integer DEFAULT 0 NOT NULL,
	"training_classes" integer DEFAULT 0 NOT NULL,
	"training_trainees" integer DEFAULT 0 NOT NULL,
	"reemployment_classes" integer DEFAULT 0 NOT NULL,
	"reemployment_trainees" integer DEFAULT 0 NOT NULL,
	"reemployed" integer DEFAULT 0 NOT NULL,
	"competitions" integer DEFAULT 0 NOT NULL,
	"competition_participants" integer DEFAULT 0 NOT NULL,
	"competition_winners" integer DEFAULT 0 NOT NULL,
	"culture_events" integer DEFAULT 0 NOT NULL,
	"culture_participants" integer DEFAULT 0 NOT NULL,
	"publicity_items" integer DEFAULT 0 NOT NULL,
	"publicity_forum" integer DEFAULT 0 NOT NULL,
	"publicity_training_class" integer DEFAULT 0 NOT NULL,
	"publicity_banner" integer DEFAULT 0 NOT NULL,
	"publicity_bulletin" integer DEFAULT 0 NOT NULL,
	"publicity_leaflet" integer DEFAULT 0 NOT NULL,
	"publicity_blackboard" integer DEFAULT 0 NOT NULL,
	"publicity_media" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "worker_year_stats" (
	"worker_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"county_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"sessions" integer DEFAULT 0 NOT NULL,
	"study_hours" numeric(16, 1) DEFAULT 0 NOT NULL,
	"proposals" integer DEFAULT 0 NOT NULL,
	"proposals_adopted" integer DEFAULT 0 NOT NULL,
	"innovations" integer DEFAULT 0 NOT NULL,
	"innovations_10k" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "worker_year_stats_worker_id_year_pk" PRIMARY KEY("worker_id","year")
);
--> statement-breakpoint
CREATE TABLE "evaluation_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"max_points" numeric(5, 1) NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"mode" "item_mode" DEFAULT 'manual' NOT NULL,
	"veto" boolean DEFAULT false NOT NULL,
	"rule" jsonb
);
--> statement-breakpoint
CREATE TABLE "evaluation_schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"period_id" uuid NOT NULL,
	"target" "evaluation_target" NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"status" "scheme_status" DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"bands" jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"copied_from_id" uuid,
	"created_by" uuid NOT NULL,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "evaluation_scores" (
	"evaluation_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"auto_value" numeric(16, 2),
	"self_points" numeric(5, 1),
	"self_vetoed" boolean DEFAULT false NOT NULL,
	"self_note" text DEFAULT '' NOT NULL,
	"record_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review_points" numeric(5, 1),
	"review_vetoed" boolean DEFAULT false NOT NULL,
	"review_note" text DEFAULT '' NOT NULL,
	CONSTRAINT "evaluation_scores_evaluation_id_item_id_pk" PRIMARY KEY("evaluation_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"team_id" uuid,
	"worker_id" uuid,
	"subject_id" uuid NOT NULL,
	"target" "evaluation_target" NOT NULL,
	"period_id" uuid NOT NULL,
	"scheme_id" uuid NOT NULL,
	"status" "evaluation_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"self_total" numeric(5, 1),
	"review_total" numeric(5, 1),
	"final_total" numeric(5, 1),
	"grade" "grade",
	"vetoed" boolean DEFAULT false NOT NULL,
	"return_note" text,
	"created_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"confirmed_at" timestamp with time zone,
	"confirmed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "org_month_stats" ADD CONSTRAINT "org_month_stats_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_month_stats" ADD CONSTRAINT "org_month_stats_unit_id_orgs_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_month_stats" ADD CONSTRAINT "org_month_stats_team_id_orgs_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_month_stats" ADD CONSTRAINT "org_month_stats_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_year_stats" ADD CONSTRAINT "worker_year_stats_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_year_stats" ADD CONSTRAINT "worker_year_stats_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_year_stats" ADD CONSTRAINT "worker_year_stats_unit_id_orgs_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "worker_year_stats" ADD CONSTRAINT "worker_year_stats_team_id_orgs_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_indicators" ADD CONSTRAINT "evaluation_indicators_scheme_id_evaluation_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."evaluation_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_scheme_id_evaluation_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."evaluation_schemes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_items" ADD CONSTRAINT "evaluation_items_indicator_id_evaluation_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."evaluation_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_copied_from_id_evaluation_schemes_id_fk" FOREIGN KEY ("copied_from_id") REFERENCES "public"."evaluation_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_schemes" ADD CONSTRAINT "evaluation_schemes_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_evaluation_id_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."evaluations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_scores" ADD CONSTRAINT "evaluation_scores_item_id_evaluation_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."evaluation_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_unit_id_orgs_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_team_id_orgs_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_period_id_periods_id_fk" FOREIGN KEY ("period_id") REFERENCES "public"."periods"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_scheme_id_evaluation_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."evaluation_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "org_month_stats_key_idx" ON "org_month_stats" USING btree ("org_id","owner_level","month");--> statement-breakpoint
CREATE INDEX "org_month_stats_county_month_idx" ON "org_month_stats" USING btree ("county_id","month");--> statement-breakpoint
CREATE INDEX "org_month_stats_unit_month_idx" ON "org_month_stats" USING btree ("unit_id","month");--> statement-breakpoint
CREATE INDEX "worker_year_stats_team_idx" ON "worker_year_stats" USING btree ("team_id","year");--> statement-breakpoint
CREATE INDEX "worker_year_stats_unit_idx" ON "worker_year_stats" USING btree ("unit_id","year");--> statement-breakpoint
CREATE INDEX "worker_year_stats_county_idx" ON "worker_year_stats" USING btree ("county_id","year");--> statement-breakpoint
CREATE INDEX "evaluation_indicators_scheme_idx" ON "evaluation_indicators" USING btree ("scheme_id","position");--> statement-breakpoint
CREATE INDEX "evaluation_items_indicator_idx" ON "evaluation_items" USING btree ("indicator_id","position");--> statement-breakpoint
CREATE INDEX "evaluation_items_scheme_idx" ON "evaluation_items" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_schemes_version_idx" ON "evaluation_schemes" USING btree ("county_id","period_id","target","version");--> statement-breakpoint
CREATE INDEX "evaluation_schemes_county_idx" ON "evaluation_schemes" USING btree ("county_id","period_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evaluations_subject_idx" ON "evaluations" USING btree ("period_id","target","subject_id");--> statement-breakpoint
CREATE INDEX "evaluations_county_idx" ON "evaluations" USING btree ("county_id","period_id","target","status");--> statement-breakpoint
CREATE INDEX "evaluations_unit_idx" ON "evaluations" USING btree ("unit_id","period_id");