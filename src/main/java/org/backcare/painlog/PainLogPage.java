package org.backcare.painlog;

import java.util.List;
import org.backcare.common.RawJson;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PainLogPage")
public record PainLogPage(
        @Schema(required = true, maxItems = 200, type = SchemaType.ARRAY, implementation = PainLogView.class)
        List<RawJson> items,
        @Schema(maxLength = 200, description = "Pass as `cursor` for the next page; absent on the last page")
        String nextCursor,
        @Schema(maxLength = 200, description = "Sync mode only: pass as `cursor` on the next sync to get every "
                + "change after this page") String syncToken,
        @Schema(description = "Sync mode only: true when the feed started over from the beginning because what you "
                + "may see of this diary changed since your cursor was issued (a grant changed). Replace your copy "
                + "with what this feed now sends.") Boolean reset) {
}
