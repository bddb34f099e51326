using System.Text;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>Writes minutes in <see cref="LabelledLinesExtractor"/>'s line format, varied by a seed.</summary>
public static class GeneratedMinutes
{
    private static readonly string[] Bodies = ["Parish Council", "Library Trust", "Technical Committee"];
    private static readonly string[] Topics = ["budget", "footpaths", "library opening hours", "website", "grant applications", "drainage"];

    /// <summary>A temporary folder of count generated minutes, ten to a subfolder.</summary>
    public static TempFolder Folder(int count)
    {
        var folder = new TempFolder();
        for (var i = 0; i < count; i++) folder.Write($"{i / 10}/minutes-{i}.txt", Text(i));
        return folder;
    }

    public static string Text(int seed)
    {
        var random = new Random(seed);
        var b = new StringBuilder();
        var body = Bodies[seed % Bodies.Length];
        b.Append($"MEETING: {body} meeting {seed}\n");
        b.Append($"BODY: {body}\n");
        b.Append($"DATE: {2015 + seed % 6}-{1 + seed % 12:00}-{1 + seed % 28:00}\n");
        b.Append($"TIME: {9 + seed % 10}:30\n");
        b.Append($"CHAIR: Chair Person {seed}\n");
        for (var i = 0; i < 2 + random.Next(6); i++)
            b.Append($"ATTENDEE: Member {seed}-{i} | Councillor | M{i} | {(i % 4 == 3 ? "apologies" : "present")}\n");
        var itemCount = 1 + random.Next(8);
        for (var i = 1; i <= itemCount; i++)
            b.Append($"ITEM: {i} | {Topics[(seed + i) % Topics.Length]} | The meeting discussed item {i} of meeting {seed} at length.\n");
        for (var i = 0; i < random.Next(4); i++)
            b.Append($"ACTION: {1 + i % itemCount} | Clerk to follow up point {i} of meeting {seed} | Clerk | Clerk Person | 2021-0{1 + i}-15\n");
        b.Append($"NEXT: {2016 + seed % 6}-03-01 | 19:00\n");
        return b.ToString();
    }
}
