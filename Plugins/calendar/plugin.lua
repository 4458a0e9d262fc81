-- The calendar data plugin: the State Council's yearly holiday arrangements
-- (放假调休安排), one file per year in holidays/. See docs/calendar.md.
--
-- To add a year when the new notice comes out (usually in November), copy the newest file
-- in holidays/, rename it to the new year, and replace the dates with those of the notice.
-- Local closures (a district's extra day off) can go in a site plugin that overrides this
-- one, with the same file layout.
return {
  id = "calendar",
  name = "中国法定节假日与调休",
  version = "2026.1",
  api = 1,
  kind = "data",
}
