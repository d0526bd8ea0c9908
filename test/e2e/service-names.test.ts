/** The hover over a service no curated entry covers reads its official name, as a person sees it. */
import * as assert from 'node:assert/strict';
import { useWorkbench } from './workbench';

describe('Official service names in the hover', () => {
  const workbench = useWorkbench();

  it('heads the AWS::MediaLive::Channel hover with "AWS Elemental MediaLive"', async () => {
    await workbench().openFile('templates/media-pipeline.yaml');
    const hover = await workbench().hoverOverText('AWS::MediaLive::Channel');
    const text = await hover.innerText();
    assert.match(text, /^AWS Elemental MediaLive · Media Services/, `hover header:\n${text}`);
    await workbench().screenshot('hover-official-name-medialive');
  });

  it('heads the AWS::LookoutEquipment::InferenceScheduler hover with "Amazon Lookout for Equipment"', async () => {
    await workbench().openFile('templates/media-pipeline.yaml');
    const hover = await workbench().hoverOverText('AWS::LookoutEquipment::InferenceScheduler');
    const text = await hover.innerText();
    assert.match(text, /^Amazon Lookout for Equipment · Machine Learning/, `hover header:\n${text}`);
  });
});
