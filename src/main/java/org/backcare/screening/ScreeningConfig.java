package org.backcare.screening;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "backcare.screening")
interface ScreeningConfig {

    /** Questionnaire versions served and scored; the highest is the current one. */
    @WithDefault("1")
    List<Integer> versions();
}
