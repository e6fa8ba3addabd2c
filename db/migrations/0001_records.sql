CREATE TYPE "public"."owner_level" AS ENUM('team', 'unit', 'county');--> statement-breakpoint
CREATE TYPE "public"."record_kind" AS ENUM('study_session', 'proposal', 'innovation', 'training', 'competition', 'culture', 'publicity');--> statement-breakpoint
CREATE TYPE "public"."record_status" AS ENUM('draft', 'submitted', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."record_worker_role" AS ENUM('attendee', 'proposer', 'member');--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"record_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"width" integer,
	"height" integer,
	"data" "bytea" NOT NULL,
	"thumbnail" "bytea",
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nudges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"county_id" uuid NOT NULL,
	"to_org_id" uuid NOT NULL,
	"from_user_id" uuid NOT NULL,
	"message" text NOT NULL,
	"day" date NOT NULL,
	"read_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "record_workers" (
	"record_id" uuid NOT NULL,
	"worker_id" uuid NOT NULL,
	"role" "record_worker_role" NOT NULL,
	CONSTRAINT "record_workers_record_id_worker_id_role_pk" PRIMARY KEY("record_id","worker_id","role")
);
--> statement-breakpoint
CREATE TABLE "records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "record_kind" NOT NULL,
	"status" "record_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"owner_level" "owner_level" NOT NULL,
	"county_id" uuid NOT NULL,
	"unit_id" uuid,
	"team_id" uuid,
	"title" text NOT NULL,
	"occurred_on" date NOT NULL,
	"hours" numeric(8, 1),
	"participants" integer,
	"quantity" integer,
	"benefit_yuan" numeric(14, 2),
	"adopted" boolean,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" uuid NOT NULL,
	"client_token" uuid,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_to_org_id_orgs_id_fk" FOREIGN KEY ("to_org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nudges" ADD CONSTRAINT "nudges_from_user_id_users_id_fk" FOREIGN KEY ("from_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_workers" ADD CONSTRAINT "record_workers_record_id_records_id_fk" FOREIGN KEY ("record_id") REFERENCES "public"."records"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "record_workers" ADD CONSTRAINT "record_workers_worker_id_workers_id_fk" FOREIGN KEY ("worker_id") REFERENCES "public"."workers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_county_id_orgs_id_fk" FOREIGN KEY ("county_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_unit_id_orgs_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_team_id_orgs_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "records" ADD CONSTRAINT "records_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_record_idx" ON "attachments" USING btree ("record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "nudges_target_day_idx" ON "nudges" USING btree ("to_org_id","day");--> statement-breakpoint
CREATE INDEX "nudges_to_org_idx" ON "nudges" USING btree ("to_org_id","created_at");--> statement-breakpoint
CREATE INDEX "record_workers_worker_idx" ON "record_workers" USING btree ("worker_id");--> statement-breakpoint
CREATE UNIQUE INDEX "records_client_token_idx" ON "records" USING btree ("created_by","client_token");--> statement-breakpoint
CREATE INDEX "records_county_status_idx" ON "records" USING btree ("county_id","status","occurred_on");--> statement-breakpoint
CREATE INDEX "records_unit_status_idx" ON "records" USING btree ("unit_id","status","occurred_on");--> statement-breakpoint
CREATE INDEX "records_team_status_idx" ON "records" USING btree ("team_id","status","occurred_on");--> statement-breakpoint
CREATE INDEX "records_review_queue_idx" ON "records" USING btree ("county_id","owner_level","status") WHERE status = 'submitted';--> statement-breakpoint
CREATE INDEX "records_kind_occurred_idx" ON "records" USING btree ("kind","occurred_on");