import { render } from 'preact';
import { App } from '../../src/ui/options/App';
import './style.css';

render(<App />, document.getElementById('app')!);
