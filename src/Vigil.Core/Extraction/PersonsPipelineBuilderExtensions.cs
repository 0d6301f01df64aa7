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

/// <summary>Adds the person-fates stage (named victims and detainees) to a pipeline.</summary>
public static class PersonFatesPipelineBuilderExtensions
{
    /// <summary>Adds the person-fates stage, configured by <paramref name="configure"/>. It reads the persons, dates, places and incidents stages' results.</summary>
    public static ExtractionPipelineBuilder AddPersonFates(this ExtractionPipelineBuilder builder, Action<PersonFatesOptions>? configure = null)
    {
        var options = new PersonFatesOptions();
        configure?.Invoke(options);
        return builder.AddPersonFates(options);
    }

    /// <summary>Adds the person-fates stage with the given options.</summary>
    public static ExtractionPipelineBuilder AddPersonFates(this ExtractionPipelineBuilder builder, PersonFatesOptions options) =>
        builder.Add(StageSlot.PersonFates, new PersonFatesStage(options));
}
