from factdeck.cli import main

raise SystemExit(main())
