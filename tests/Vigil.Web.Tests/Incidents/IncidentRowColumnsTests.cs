using System.Text.Json;
using Vigil.Storage.Incidents;
using Vigil.Web.Incidents;

namespace Vigil.Web.Tests.Incidents;

/// <summary>The list reads each incident through <see cref="IncidentQuery.RowColumns"/>: it must hold every column a row shows.</summary>
public sealed class IncidentRowColumnsTests
{
    [Fact]
    public void A_row_made_from_the_lists_columns_equals_one_made_from_the_whole_incident()
    {
        // Every column set to a value of its own, so a column the row reads and the projection leaves out shows as a default.
        var full = new Incident { Id = Guid.CreateVersion7(), Type = "arrest" };
        var n = 0;
        foreach (var property in typeof(Incident).GetProperties().Where(p => p.CanWrite))
        {
            n++;
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            object? value = type == typeof(string) ? $"{property.Name.ToLowerInvariant()}-{n}"
                : type == typeof(int) ? n
                : type == typeof(double) ? n + 0.5
                : type == typeof(bool) ? true
                : type == typeof(Guid) ? Guid.CreateVersion7()
                : type == typeof(DateOnly) ? new DateOnly(2022, 9, n % 28 + 1)
                : type == typeof(DateTime) ? new DateTime(2022, 9, 20, 10, n % 60, 0, DateTimeKind.Utc)
                : null;
            if (value is not null)
            {
                property.SetValue(full, value);
            }
        }

        full.OverridesJson = """{"place":"Zahedan","killed_best":"12"}""";
        full.Sources = "Hengaw; Amnesty International";

        var projected = IncidentQuery.RowColumns.Compile()(full);

        Assert.Equal(JsonSerializer.Serialize(IncidentQuery.Row(full)), JsonSerializer.Serialize(IncidentQuery.Row(projected)));
        Assert.Equal("Zahedan", IncidentQuery.Row(projected).Place);
        Assert.Equal("[]", projected.FiguresJson); // the figures by source stay unread
    }
}
