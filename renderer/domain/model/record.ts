/** Every stored record has a string id (a UUID), so records made on different laptops never collide. */
export type RecordId = string;

export type Stored = {
  id: RecordId;
};

/** An ISO calendar date, "2013-03-13": meetings happen on a day in the council's own time zone. */
export type IsoDate = string;

/** A wall-clock time, "18:00". */
export type ClockTime = string;
