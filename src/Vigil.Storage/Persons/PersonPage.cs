namespace Vigil.Storage.Persons;

/// <summary>
/// One page of the persons list: its rows (the columns a list shows; a person's fates and ages by source, variants and
/// search text are left empty, as only the person's own page reads them), and the count of persons the filter matches — exact, or, when
/// <paramref name="More"/>, a lower bound (the count stopped there: "more than <paramref name="Total"/>").
/// </summary>
public sealed record PersonPage(List<Person> Rows, int Total, bool More);
