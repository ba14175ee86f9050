package db.migration;

import org.backcare.painlog.DiaryConversion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Fills the entry documents and day counters of V12 from the child tables and columns that V14 drops. */
public class V13__fill_diary_documents_and_days extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        DiaryConversion.convertAll(context.getConnection());
    }
}
