using System.Text;
using MinutesIngest.Core.Extraction.Text;

namespace MinutesIngest.Core.Tests.Extraction.Text;

/// <summary>A text file that is structured data (a labelled record, an export, a configuration) is marked as data; prose and
/// minutes headers of labelled fields are not.</summary>
public sealed class DataFileShapeTests
{
    [Theory]
    [InlineData("club.gold.json", "{\n  \"meeting\": {\"title\": \"Minutes of the Example Club\", \"body\": null},\n  \"attendance\": [{\"name\": \"Ann Lee\", \"status\": \"present\"}]\n}\n", "json")]
    [InlineData("records", "[{\"item\": \"It was resolved to approve the budget.\"}, {\"item\": \"Motion carried.\"}]", "json")]
    [InlineData("people.csv", "name,role\nAnn Lee,Chair\nBob Ray,Clerk\n", "csv")]
    [InlineData("export", "date,item,decision\n2024-05-04,Budget,\"approved, with thanks\"\n2024-06-01,Hall,deferred\n", "csv")]
    [InlineData("export", "date\titem\tdecision\n2024-05-04\tBudget\tapproved\n2024-06-01\tHall\tdeferred\n", "csv")]
    [InlineData("settings.yaml", "title: Example Club\nowner: Ann Lee\ncolour: green\n", "yaml")]
    [InlineData("config", "%YAML 1.2\n---\nmeeting:\n  title: Example Club\n  present:\n    - Ann Lee\n    - Bob Ray\n", "yaml")]
    [InlineData("config", "meeting:\n  title: Example Club\n  present:\n    - Ann Lee\n    - Bob Ray\n", null)]
    [InlineData("notes.md", "# Example Tech Team Meeting 2024-05-04\n\n## Attendees\n\n- Ann Lee\n- Bob Ray\n\n## Notes\n\n- Budget: approved\n  - Hall: deferred\n", null)]
    [InlineData("notes.txt", "Date: 4 May 2024\nPresent: Ann Lee, Bob Ray\nApologies: Cat Poe, Dan Orr\nVenue: Hall, Main Street\n1. Welcome\n", null)]
    [InlineData("notes.txt", "Date: 4 May 2024\nPresent: Ann Lee\nVenue: Village Hall\nChair: Ann Lee\n", null)]
    [InlineData("notes.md", "# Minutes of the Example Club\n\nPresent: Ann Lee, Bob Ray\n\nIt was agreed to meet in June.\n", null)]
    [InlineData("notes.md", "{braces open a line of prose} and the meeting was held.\nPresent: Ann Lee\n", null)]
    public void Marks_a_data_file_with_its_format(string name, string text, string? expected)
    {
        var doc = new TextExtractor().Extract(Encoding.UTF8.GetBytes(text), name);
        Assert.Equal(expected, doc.Properties.GetValueOrDefault(TextExtractor.DataFormatProperty));
    }
}
