package org.backcare.exercise;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "backcare.catalog")
interface CatalogConfig {

    /**
     * How old a replica's check of the catalog version may be when it answers a catalog read: a
     * curator's write on another replica shows within this. Answers say max-age=300, so clients
     * may keep them far longer. Whatever decides with the catalog always checks. PT0S checks on
     * every read.
     */
    @WithDefault("PT1S")
    Duration readStaleness();
}
