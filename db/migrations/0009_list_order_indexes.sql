DROP INDEX "records_kind_occurred_idx";--> statement-breakpoint
CREATE INDEX "records_county_occurred_idx" ON "records" USING btree ("county_id","occurred_on","created_at");--> statement-breakpoint
CREATE INDEX "records_county_unit_occurred_idx" ON "records" USING btree ("county_id","unit_id","occurred_on","created_at");--> statement-breakpoint
CREATE INDEX "records_county_kind_occurred_idx" ON "records" USING btree ("county_id","kind","occurred_on","created_at");