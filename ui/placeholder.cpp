namespace Gloss { }
