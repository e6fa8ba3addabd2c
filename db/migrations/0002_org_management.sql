ALTER TABLE "orgs" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "workers" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "orgs_parent_name_idx" ON "orgs" USING btree ("parent_id","name") WHERE archived_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "orgs_county_name_idx" ON "orgs" USING btree ("name") WHERE level = 'county';