using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Vigil.Web.Store;

/// <summary>
/// A compiled EF query, compiled once for each model it runs against: EF refuses to run a compiled query with a model other
/// than the one it was compiled for, and one process can hold two (SQLite and PostgreSQL stores side by side in the tests).
/// </summary>
internal sealed class CompiledPerModel<T>(Func<T> compile)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _compiled = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    public T For(DbContext db) => _compiled.GetValue(db.Model, _ => compile());
}
