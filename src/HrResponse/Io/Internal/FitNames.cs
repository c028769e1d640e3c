using System.Globalization;

namespace HrResponse.Io.Internal;

/// <summary>Names of a few FIT profile enumerations (manufacturer, sport, event) used in reports and marker labels.</summary>
internal static class FitNames
{
    public static string Manufacturer(uint id) => id switch
    {
        1 => "garmin",
        13 => "dynastream_oem",
        15 => "dynastream",
        23 => "suunto",
        32 => "wahoo_fitness",
        54 => "iforpowell",
        69 => "stages_cycling",
        89 => "tacx",
        95 => "stryd",
        123 => "polar_electro",
        255 => "development",
        260 => "zwift",
        265 => "strava",
        294 => "coros",
        _ => "manufacturer " + id.ToString(CultureInfo.InvariantCulture),
    };

    public static string Sport(uint id) => id switch
    {
        0 => "generic",
        1 => "running",
        2 => "cycling",
        3 => "transition",
        4 => "fitness_equipment",
        5 => "swimming",
        10 => "training",
        11 => "walking",
        17 => "hiking",
        _ => "sport " + id.ToString(CultureInfo.InvariantCulture),
    };

    public static string Event(uint id) => id switch
    {
        0 => "timer",
        3 => "workout",
        4 => "workout_step",
        8 => "session",
        9 => "lap",
        26 => "recovery_hr",
        36 => "activity",
        _ => "event " + id.ToString(CultureInfo.InvariantCulture),
    };

    public static string EventType(uint id) => id switch
    {
        0 => "start",
        1 => "stop",
        2 => "consecutive_depreciated",
        3 => "marker",
        4 => "stop_all",
        5 => "begin_depreciated",
        6 => "end_depreciated",
        7 => "end_all_depreciated",
        8 => "stop_disable",
        9 => "stop_disable_all",
        _ => "type " + id.ToString(CultureInfo.InvariantCulture),
    };
}
