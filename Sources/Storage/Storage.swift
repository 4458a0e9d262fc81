/// The ledger on disk: units, people, roles, occurrences, records, deliveries, reports.
public enum Storage {}
