using Microsoft.Extensions.Options;
using QuoteBot.Core.Commands;

namespace QuoteBot.Hosting;

/// <summary>
/// The data annotations of <see cref="CoreOptions"/> (<c>[Required]</c>, <c>[Range]</c>) and its
/// <see cref="CoreOptions.Validate"/>, checked by code generated at compile time instead of
/// <c>ValidateDataAnnotations</c>, which reads the attributes by reflection.
/// </summary>
[OptionsValidator]
internal sealed partial class CoreOptionsValidator : IValidateOptions<CoreOptions>;
