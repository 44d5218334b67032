extension Schema {
    /// Version 12: where a *Vis mon job* coaching hour takes place — an address or a video-call
    /// link the operator gives when publishing it, shown to the ambassadors who book it. Slots
    /// published before have none (empty).
    static let version12 = Migration(
        version: 12, name: "vis mon job coaching place",
        sql: """
            ALTER TABLE vmj_coaching_slots ADD COLUMN place TEXT NOT NULL DEFAULT '' CHECK (length(place) <= 500);
            """)
}
