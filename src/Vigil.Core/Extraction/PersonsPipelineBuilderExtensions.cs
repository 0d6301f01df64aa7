using Vigil.Core.Extraction.Persons;

namespace Vigil.Core.Extraction;

/// <summary>Adds the persons stage to a pipeline.</summary>
public static class PersonsPipelineBuilderExtensions
{
    /// <summary>Adds the persons stage (named people, after a title or by their given name), configured by <paramref name="configure"/>.</summary>
    public static ExtractionPipelineBuilder AddPersons(this ExtractionPipelineBuilder builder, Action<PersonsOptions>? configure = null)
    {
        var options = new PersonsOptions();
        configure?.Invoke(options);
        return builder.AddPersons(options);
    }

    /// <summary>Adds the persons stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddPersons(this ExtractionPipelineBuilder builder, PersonsOptions options) =>
        builder.Add(StageSlot.Persons, new PersonsStage(options));
}
