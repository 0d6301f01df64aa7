namespace Vigil.Storage.Persons;

/// <summary>
/// One page of the persons list: its rows, and the count of persons the filter matches — exact, or, when
/// <paramref name="More"/>, a lower bound (the count stopped there: "more than <paramref name="Total"/>").
/// </summary>
public sealed record PersonPage(List<Person> Rows, int Total, bool More);
