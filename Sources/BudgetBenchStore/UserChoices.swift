import BudgetBenchNormalize

/// What a user decided about units and report groupings (`budgetbench units`), kept in the
/// database so every command and every machine sharing it sees the same units.
public struct UserChoices: Sendable, Equatable {
    public var units: [UnitChoice]
    /// Path → group name: files a user put into one logical report.
    public var groups: [String: String]

    public init(units: [UnitChoice], groups: [String: String]) {
        self.units = units
        self.groups = groups
    }

    /// The statements both backends run, with `?` for each value (a backend numbers them as it needs).
    public static let upsertUnit = """
        INSERT INTO unit_choices (unit_key, merged_into, name, slug, province, city, district) VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (unit_key) DO UPDATE SET merged_into = excluded.merged_into, name = excluded.name, slug = excluded.slug,
            province = excluded.province, city = excluded.city, district = excluded.district
        """
    public static let deleteGroup = "DELETE FROM report_groups WHERE path = ?"
    public static let insertGroup = "INSERT INTO report_groups (path, logical_report) VALUES (?, ?)"
    public static let selectUnits = "SELECT unit_key, merged_into, name, slug, province, city, district FROM unit_choices ORDER BY unit_key"
    public static let unitColumns = ["unit_key", "merged_into", "name", "slug", "province", "city", "district"]
    public static let selectGroups = "SELECT path, logical_report FROM report_groups ORDER BY path"

    public static func values(_ choice: UnitChoice) -> [StoreValue] {
        [.text(choice.unitKey), StoreValue(choice.mergedInto), StoreValue(choice.name), StoreValue(choice.slug),
         StoreValue(choice.region?.province), StoreValue(choice.region?.city), StoreValue(choice.region?.district)]
    }

    /// The choices from the rows of `unit_choices` and `report_groups`.
    public init(units: FlatTable, groups: FlatTable) {
        self.units = units.records.map { record in
            let region = [record.text("province"), record.text("city"), record.text("district")].allSatisfy { $0 == nil } ? nil
                : Center.Region(province: record.text("province"), city: record.text("city"), district: record.text("district"))
            return UnitChoice(unitKey: record.string("unit_key"), mergedInto: record.text("merged_into"), name: record.text("name"),
                              slug: record.text("slug"), region: region)
        }
        self.groups = Dictionary(groups.records.map { ($0.string("path"), $0.string("logical_report")) }, uniquingKeysWith: { _, last in last })
    }
}
